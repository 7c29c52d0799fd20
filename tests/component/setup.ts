import { afterAll } from 'vitest';

// nanostores unmounts a store 1 s after its last listener leaves; persistent stores then detach
// their window listeners. Let that happen while this file's happy-dom window still exists.
afterAll(() => new Promise((resolve) => setTimeout(resolve, 1100)));

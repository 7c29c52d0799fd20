/** The `format` of each kind of JSON file the site writes, so that each reader can name the other kind. */
export const RESULT_FORMAT = 'collective-leadership-result';
export const WORKSHOP_FILE_FORMAT = 'collective-leadership-workshop';

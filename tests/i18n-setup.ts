// Tests run in English, the reference language: the same messages the built site shows.
import en from '../content/i18n/en.json';
import { setLanguage } from '../src/i18n/t';

setLanguage('en', en);

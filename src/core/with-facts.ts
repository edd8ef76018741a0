/** withFacts alone, for the page: it judges online facts into the report it shows (loaded on first use). */
export { withFacts } from './analyze';

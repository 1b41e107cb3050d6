/** The names the content script and the guard's tests import from here; the venue kit (`./kit/`) holds them. */
export { forgetLookups, rememberLookups } from './kit/visibility';
export { BOTH_SIDES_OFFERED } from './kit/read/side';

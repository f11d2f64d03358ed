// Node's assert (the npm polyfill) reads `process`; a browser worker has none.
export { default as process } from 'process/browser';

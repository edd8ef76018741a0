/** The floor of `npm run bench:memory`: node with tsx loaded, doing nothing. */
export {};

// A development page listing every UI kit component; prerendered like the rest of the app.
export const prerender = true;

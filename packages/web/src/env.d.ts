/// <reference types="vite/client" />

/** An operation of the console (see graphql-documents.ts): the printed document. */
declare module '*.graphql' {
  const document: string;
  export default document;
}

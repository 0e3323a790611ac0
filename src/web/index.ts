/** The archive site and operator dashboard (`summit-bot serve`): server-rendered pages over the engine and the feedback record. */
export { createWebHandler, startWebServer, CONTENT_SECURITY_POLICY, DEFAULT_PAGE_LIMIT, type Limit, type RunningSite, type WebOptions } from "./server.js";

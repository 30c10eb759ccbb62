// Main-world content script of the Firefox build, at document_start (see wrap-history.ts). It
// exports nothing, so its IIFE adds no global to the portal's page.
import { wrapHistory } from "./wrap-history";

wrapHistory(window);

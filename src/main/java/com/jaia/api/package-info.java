/**
 * The REST API's contract, shared by every stage's controllers: the one paging shape, timestamps with an offset, the
 * problem answers each operation may give, and the OpenAPI document's frame (info, tags, problem schema).
 */
package com.jaia.api;

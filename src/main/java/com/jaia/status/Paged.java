package com.jaia.status;

import java.util.List;

/**
 * One page of a longer list.
 *
 * @param items the items of this page
 * @param page the 0-based page number
 * @param size the page size asked for
 * @param total how many items there are in all
 */
record Paged<T>(List<T> items, int page, int size, long total) {
}

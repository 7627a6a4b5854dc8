package com.jaia.review;

import java.util.List;

/**
 * One page of stored reviews.
 *
 * @param items the reviews of this page
 * @param page the 0-based page number
 * @param size the page size asked for
 * @param totalItems how many reviews match in all
 * @param totalPages how many pages of this size they fill
 */
public record ReviewPage(List<StoredReview> items, int page, int size, long totalItems, long totalPages) {
}

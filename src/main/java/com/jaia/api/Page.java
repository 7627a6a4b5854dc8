package com.jaia.api;

import java.util.List;

import com.jaia.problems.InvalidParameter;

/**
 * One page of a list: every list endpoint of the API answers in this shape.
 *
 * @param items the items of this page
 * @param page the 0-based page number
 * @param size the page size asked for
 * @param totalItems how many items there are in all
 * @param totalPages how many pages of this size they fill
 */
public record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    /** The default and largest page size of most lists. */
    public static final int MAX_SIZE = 1000;

    /** A page of {@code totalItems} items in pages of {@code size}. */
    public static <T> Page<T> of(List<T> items, int page, int size, long totalItems) {
        return new Page<>(List.copyOf(items), page, size, totalItems, (totalItems + size - 1) / size);
    }

    /** One page cut from a whole list held in memory (a catalogue of rules, aggregates, masters, ...). */
    public static <T> Page<T> slice(List<T> all, int page, int size) {
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        return of(all.subList((int) from, (int) to), page, size, all.size());
    }

    /**
     * Checks a requested page and size.
     * @throws InvalidParameter naming {@code page} or {@code size} when out of bounds
     */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw new InvalidParameter("page", "page must be 0 or more, not " + page, List.of());
        }
        if (size < 1 || size > maxSize) {
            throw new InvalidParameter("size", "size must be between 1 and " + maxSize + ", not " + size, List.of());
        }
    }

}

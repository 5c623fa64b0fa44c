package vn.cds.teams.common.domain;

import java.util.function.LongSupplier;

/** Page number (from 0) and size (1 to 200, 20 by default) as the caller asked, checked. */
public record PageRequest(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageRequest of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        Validation validation = new Validation();
        if (p < 0) {
            validation.add("page", "field.page");
        }
        if (s < 1 || s > MAX_SIZE) {
            validation.add("size", "field.size", MAX_SIZE);
        }
        validation.throwIfInvalid();
        return new PageRequest(p, s);
    }

    /** The first row of the page; a page far beyond any end starts past every row (an empty page, no overflow). */
    public int offset() {
        return (int) Math.min((long) page * size, Integer.MAX_VALUE - MAX_SIZE);
    }

    /**
     * The total over all pages: a page that is not full and not past the end is the last one, so the total is known
     * without counting (the one page of most communes' lists); otherwise {@code count} is asked.
     */
    public long total(int rowsOnPage, LongSupplier count) {
        return rowsOnPage < size && (rowsOnPage > 0 || offset() == 0) ? (long) offset() + rowsOnPage
                : count.getAsLong();
    }
}

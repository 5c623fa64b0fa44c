package vn.cds.teams.api.common;

import java.util.List;

/** One page of a list: the items and the total count over all pages. */
public record Page<T>(List<T> items, long total, int page, int size) {
}

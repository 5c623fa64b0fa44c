package vn.cds.teams.reports;

/**
 * Where a rendered PDF has room for the signature: the space above the signer's name in the signature block.
 *
 * @param pageIndex 0-based page
 * @param x         from the page's left edge, in points
 * @param y         from the page's top edge, in points
 */
public record SignatureSpot(int pageIndex, float x, float y, float width, float height) {
}

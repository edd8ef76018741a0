/**
 * The email platform a tracking domain's CNAME chain points at.
 * TODO(H2): delegate to findPlatformByCname(chain) of src/core/esp/catalogue.ts once it exists.
 */
export function findPlatformOfChain(_chain: readonly string[]): string | null {
  return null;
}

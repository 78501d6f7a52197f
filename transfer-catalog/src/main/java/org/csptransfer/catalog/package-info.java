/**
 * Microsoft's licensing reference: {@link org.csptransfer.catalog.MicrosoftLicensing#skus()} ships
 * the table of December 2025 (568 string ids, 569 SKUs, 5,457 rows); {@link
 * org.csptransfer.catalog.MicrosoftLicensing#readSkus} reads a newer edition of Microsoft's CSV and
 * {@link org.csptransfer.catalog.MicrosoftLicensing#readTiers} a tier table of csp-transfer's TSV
 * format.
 */
@NullMarked
package org.csptransfer.catalog;

import org.jspecify.annotations.NullMarked;

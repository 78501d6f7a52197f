/**
 * The reports of the {@code transfer-check} command: the text report for people (with its terminal
 * colours and timeline chart), the self-contained HTML page, the iCalendar file of the runbook, and
 * the labels they share in the chosen language.
 */
@NullMarked
package org.csptransfer.check.report;

import org.jspecify.annotations.NullMarked;

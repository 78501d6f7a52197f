/** A service that embeds csp-transfer, as a user would write it. */
package org.csptransfer.consumer;

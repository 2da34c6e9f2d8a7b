/**
 * How long one analysis may run: a {@link org.quoteattribution.internal.limits.Deadline} that every stage checks
 * between small units of work. <b>Not API:</b> no compatibility promise; may change in any release.
 *
 * <p>Needs: the attributor's timeout, if any, and the analysing thread's interrupt status. Gives: the documented
 * exceptions when the analysis must stop. Depends on no other internal package.
 */
@NullMarked
package org.quoteattribution.internal.limits;

import org.jspecify.annotations.NullMarked;

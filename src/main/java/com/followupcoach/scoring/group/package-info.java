/**
 * A workshop group's letters scored side by side: anonymous letter labels, one row per
 * letter, and how often each criterion was missed across the group. Pure Java: the command
 * line's {@code score --csv} and the Workshop page's group table share it.
 */
package com.followupcoach.scoring.group;

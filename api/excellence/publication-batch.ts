/**
 * Transactions in which a whole cycle is being published: the cycle move computes the
 * results once at the end instead of once per assessment (which would be quadratic in the
 * number of entities). Keyed by the transaction object the engine hands to effects.
 */
export const cyclePublicationInProgress = new WeakSet<object>();

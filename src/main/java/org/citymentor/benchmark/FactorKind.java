package org.citymentor.benchmark;

/**
 * A key factor is a condition for success the city can act on; a context factor lies
 * outside its control.
 */
public enum FactorKind {

	KEY, CONTEXT

}

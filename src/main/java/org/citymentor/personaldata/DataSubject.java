package org.citymentor.personaldata;

/**
 * The person whose data is exported or erased, as their account knew them: modules that
 * kept a name as text (an author line, "updated by") find it by this name.
 */
public record DataSubject(long userId, String displayName, String email) {

}

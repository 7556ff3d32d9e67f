/**
 * Small helpers every feature uses: web advice, the embedded database, mail and time.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.citymentor.shared;

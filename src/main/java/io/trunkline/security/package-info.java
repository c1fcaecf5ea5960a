/**
 * Sign-in, people, roles and the current user. {@link io.trunkline.security.CurrentUser}
 * is the only source of the caller's organization;
 * {@link io.trunkline.security.UserService} is the security boundary for people.
 */
package io.trunkline.security;

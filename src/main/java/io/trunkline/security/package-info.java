/**
 * Sign-in, people, roles and the current caller: a person, an API key or a system job
 * ({@link io.trunkline.security.Caller}), whose account is checked again at each request
 * ({@link io.trunkline.security.AccountCheck}). {@link io.trunkline.security.CurrentUser}
 * is the only source of the caller's organization;
 * {@link io.trunkline.security.UserService} is the security boundary for people.
 */
package io.trunkline.security;

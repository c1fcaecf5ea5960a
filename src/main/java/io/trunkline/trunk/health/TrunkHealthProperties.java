package io.trunkline.trunk.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The trunk checks' policy and limits ({@code trunkline.sip.*}; see the README).
 *
 * @param allowPrivateTargets whether checks may go to loopback, private and other
 * non-public addresses (off in production, on in tests)
 * @param interval how often each trunk is checked
 * @param jitter up to how much is added to each interval, spreading the checks
 * @param timeout how long a check waits for a final response
 * @param downAfter consecutive failures that make a trunk Down
 * @param upAfter consecutive successes that make a Down trunk Up again
 * @param strict whether only 2xx counts as reachable (not 401/403/404/405/481/501)
 * @param packetsPerSecond the most OPTIONS requests sent per second by this instance
 * @param tick how often the job looks for due trunks
 * @param batchSize the most checks one run of the job has in flight at once
 * @param checkNowCooldown how soon "Check now" may run again for the same trunk
 * @param bindAddress the local address the SIP stacks listen on
 */
@ConfigurationProperties("trunkline.sip")
public record TrunkHealthProperties(@DefaultValue("false") boolean allowPrivateTargets,
		@DefaultValue("60s") Duration interval, @DefaultValue("10s") Duration jitter,
		@DefaultValue("5s") Duration timeout, @DefaultValue("3") int downAfter, @DefaultValue("2") int upAfter,
		@DefaultValue("false") boolean strict, @DefaultValue("200") int packetsPerSecond,
		@DefaultValue("5s") Duration tick, @DefaultValue("500") int batchSize,
		@DefaultValue("10s") Duration checkNowCooldown, @DefaultValue("0.0.0.0") String bindAddress) {

}

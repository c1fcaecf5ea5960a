package io.trunkline.trunk.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Registration checks ({@code trunkline.sip.registration.*}; see the README).
 *
 * @param interval how often a trunk's registration is queried at most; sooner (half the
 * time left) when the reported binding expires earlier
 */
@ConfigurationProperties("trunkline.sip.registration")
public record RegistrationProperties(@DefaultValue("5m") Duration interval) {

}

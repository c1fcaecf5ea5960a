package io.trunkline.capacity;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * People working in the numbers grid, over Vaadin's UIDL protocol as the browser speaks
 * it: sign in, then again and again open the grid (page load, init, navigation), type a
 * filter, clear it, scroll to a deep page, open a number and save it, with 1-3 s of
 * thinking between actions; leaving the page before it loads again sends the unload
 * beacon, as the browser does. Each answer must be a UIDL answer without an error.
 * Configured by system properties {@code bench.base}, {@code bench.users},
 * {@code bench.seconds}.
 */
public class NumbersSimulation extends Simulation {

	static final String BASE = System.getProperty("bench.base", "http://127.0.0.1:8080");

	static final int USERS = Integer.getInteger("bench.users", 50);

	static final int SECONDS = Integer.getInteger("bench.seconds", 180);

	/** This run's length: the measured run's, or the warm-up's ({@code bench.run.seconds}). */
	final int seconds = Integer.getInteger("bench.run.seconds", SECONDS);

	HttpProtocolBuilder protocol = http.baseUrl(BASE)
		.disableFollowRedirect()
		.disableCaching()
		.userAgentHeader("trunkline-bench")
		.shareConnections();

	ChainBuilder signIn = exec(http("sign-in page").get("/login")
		.check(status().is(200), regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("formCsrf")))
		.exec(http("sign in").post("/login")
			.header("Origin", BASE)
			.formParam("_csrf", "#{formCsrf}")
			.formParam("username", BenchServer.ADMIN)
			.formParam("password", BenchServer.PASSWORD)
			.check(status().is(302), regex("^$").optional()));

	ChainBuilder openGrid = exec(http("numbers page").get("/numbers").check(status().is(200)))
		.exec(http("numbers init").get((session) -> "/" + Uidl.initQuery("numbers"))
			.check(status().is(200), bodyString().saveAs("init")))
		.exec((session) -> {
			String init = session.getString("init");
			return session.set("csrf", Uidl.securityKey(init))
				.set("uiId", Uidl.uiId(init))
				.set("syncId", Math.max(0, Uidl.syncId(init)))
				.set("clientId", 0)
				.set("promise", 0)
				.remove("init");
		})
		.exec(uidl("open grid", (session) -> Uidl.navigate("numbers"), "\"col0\":\"+"))
		.exec((session) -> {
			String answer = session.getString("answer");
			return session.set("search", Uidl.nodeWithProperty(answer, "label", "Search"))
				.set("grid", gridNode(answer));
		});

	ChainBuilder filter = exec(
			uidl("type filter", (session) -> Uidl.typed(session.getInt("search"), "line 00" + random(10, 99)), null))
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(uidl("clear filter", (session) -> Uidl.typed(session.getInt("search"), ""), null));

	ChainBuilder scrollDeep = exec(uidl("scroll deep",
			(session) -> Uidl.published(session.getInt("grid"), "setViewportRange", random(200, 1900) * 50 + ",150",
					next(session)),
			// the rows of that range come back (a grid of estimated size once sent none)
			"\"col0\":\"+"));

	ChainBuilder openAndSave = exec(uidl("open number",
			(session) -> Uidl.itemClick(session.getInt("grid"), firstKey(session.getString("answer"))),
			"Display name"))
		.exec((session) -> {
			String answer = session.getString("answer");
			return session.set("displayName", Uidl.nodeWithProperty(answer, "label", "Display name"))
				.set("save", Uidl.parentOfText(answer, "Save"));
		})
		.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
		.exec(uidl("save number",
				(session) -> Uidl.changed(session.getInt("displayName"), "Bench " + random(0, 1_000_000)) + ","
						+ Uidl.click(session.getInt("save")),
				null));

	/** The browser's {@code sendBeacon} on leaving the page: the server closes that UI. */
	ChainBuilder leave = exec(http("leave page").post((session) -> "/?v-r=uidl&v-uiId=" + session.getInt("uiId"))
		.header("Content-Type", "application/json")
		.body(StringBody((session) -> Uidl.unload(session.getString("csrf"), session.getInt("syncId"),
				session.getInt("clientId"))))
		.check(status().is(200)));

	ScenarioBuilder people = scenario("people in the numbers grid").exec(this.signIn)
		.during(Duration.ofSeconds(this.seconds))
		.on(exec(this.openGrid).pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
			.exec(this.filter)
			.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
			.exec(this.scrollDeep)
			.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
			.exec(this.openAndSave)
			.pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
			.exec(this.leave));

	{
		setUp(this.people.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(20)))).protocols(this.protocol)
			.maxDuration(Duration.ofSeconds(this.seconds + 60));
	}

	/**
	 * One UIDL request: the UI's token, the last sync id, the next client id; its answer is
	 * kept, and a grid update in it is confirmed as the grid's connector does.
	 */
	static ChainBuilder uidl(String name, Function<Session, String> rpc, String expected) {
		var request = http(name).post((session) -> "/?v-r=uidl&v-uiId=" + session.getInt("uiId"))
			.header("Content-Type", "application/json")
			.body(StringBody((session) -> Uidl.body(session.getString("csrf"), rpc.apply(session),
					session.getInt("syncId"), session.getInt("clientId"))))
			.check(status().is(200), substring("\"syncId\""), substring("appError").notExists(),
					substring("Internal error").notExists(), bodyString().saveAs("answer"));
		if (expected != null) {
			request = request.check(substring(expected));
		}
		return exec(request).exec((session) -> {
			String answer = session.getString("answer");
			List<int[]> confirms = Uidl.gridConfirms(answer);
			Session next = session.set("syncId", Uidl.syncId(answer)).set("clientId", session.getInt("clientId") + 1);
			return confirms.isEmpty() ? next.remove("confirm")
					: next.set("confirm", confirms.get(confirms.size() - 1));
		})
			.doIf((session) -> session.contains("confirm"))
			.then(exec(http("grid confirm").post((session) -> "/?v-r=uidl&v-uiId=" + session.getInt("uiId"))
				.header("Content-Type", "application/json")
				.body(StringBody((session) -> {
					int[] confirm = session.get("confirm");
					return Uidl.body(session.getString("csrf"),
							Uidl.published(confirm[0], "confirmUpdate", String.valueOf(confirm[1]), next(session)),
							session.getInt("syncId"), session.getInt("clientId"));
				}))
				.check(status().is(200), substring("\"syncId\""), regex("\"syncId\":(\\d+)").saveAs("confirmSync")))
				.exec((session) -> session.set("syncId", Integer.parseInt(session.getString("confirmSync")))
					.set("clientId", session.getInt("clientId") + 1)));
	}

	private static int next(Session session) {
		return session.getInt("clientId") + 1000;
	}

	/** The grid: the node whose published methods include setViewportRange and setDetailsVisible. */
	private static int gridNode(String answer) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern
			.compile("\\{\"node\":(\\d+),\"type\":\"splice\",\"feat\":19,\"index\":0,\"add\":\\[\"sortersChanged\"")
			.matcher(answer);
		if (!matcher.find()) {
			throw new IllegalStateException("No grid in the answer");
		}
		return Integer.parseInt(matcher.group(1));
	}

	private static String firstKey(String answer) {
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("\\[\\{\"key\":\"(\\d+)\"").matcher(answer);
		String key = "1";
		while (matcher.find()) {
			key = matcher.group(1);
		}
		return key;
	}

	private static int random(int from, int to) {
		return ThreadLocalRandom.current().nextInt(from, to);
	}

}

package io.trunkline.capacity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a benchmark client needs to read from Vaadin's answers and write in its requests,
 * as the browser's Flow client does: the CSRF token of the UI, the server's sync id, the
 * grid's data updates to confirm, and nodes found by their text or label.
 */
final class Uidl {

	private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

	private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

	private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

	private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	/** The grid connector's {@code confirm(id)} (one argument; combo boxes pass two). */
	private static final Pattern GRID_CONFIRM = Pattern
		.compile("\\[\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"\\]");

	private Uidl() {
	}

	static String securityKey(String init) {
		return find(SECURITY_KEY, init, "Vaadin-Security-Key");
	}

	static int uiId(String init) {
		return Integer.parseInt(find(UI_ID, init, "v-uiId"));
	}

	/** The last sync id in an answer, or -1 when it has none. */
	static int syncId(String answer) {
		Matcher matcher = SYNC_ID.matcher(answer);
		int last = -1;
		while (matcher.find()) {
			last = Integer.parseInt(matcher.group(1));
		}
		return last;
	}

	static String pageCsrf(String html) {
		return find(META_CSRF, html, "_csrf meta tag");
	}

	/** The grid data updates in an answer, as {node, update id} pairs. */
	static List<int[]> gridConfirms(String answer) {
		List<int[]> confirms = new ArrayList<>();
		Matcher matcher = GRID_CONFIRM.matcher(answer);
		while (matcher.find()) {
			confirms.add(new int[] { Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)) });
		}
		return confirms;
	}

	/** The node whose property {@code key} has {@code value} (e.g. label "Search"). */
	static int nodeWithProperty(String answer, String key, String value) {
		Pattern pattern = Pattern.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"" + Pattern.quote(key)
				+ "\",\"feat\":1,\"value\":\"" + Pattern.quote(value) + "\"\\}");
		Matcher matcher = pattern.matcher(answer);
		if (!matcher.find()) {
			throw new IllegalStateException("No node with " + key + "=" + value + " in the answer");
		}
		return Integer.parseInt(matcher.group(1));
	}

	/** The node that holds the text node {@code text} (a button's caption). */
	static int parentOfText(String answer, String text) {
		Pattern textNode = Pattern
			.compile("\\{\"node\":(\\d+),\"type\":\"put\",\"key\":\"text\",\"feat\":7,\"value\":\""
					+ Pattern.quote(text) + "\"\\}");
		Matcher matcher = textNode.matcher(answer);
		while (matcher.find()) {
			String child = matcher.group(1);
			Matcher parent = Pattern
				.compile("\\{\"node\":(\\d+),\"type\":\"splice\",\"feat\":2,\"index\":\\d+,\"addNodes\":\\[[\\d,]*\\b"
						+ child + "\\b[\\d,]*\\]\\}")
				.matcher(answer);
			if (parent.find()) {
				return Integer.parseInt(parent.group(1));
			}
		}
		throw new IllegalStateException("No element with the text " + text + " in the answer");
	}

	/** Whether the answer tells of a failure the person would see as an error. */
	static boolean failed(String answer) {
		return answer.contains("\"appError\"") || answer.contains("Internal error")
				|| answer.contains("\"meta\":{\"async\"") && answer.contains("sessionExpired");
	}

	private static String find(Pattern pattern, String text, String what) {
		Matcher matcher = pattern.matcher(text);
		if (!matcher.find()) {
			throw new IllegalStateException("No " + what + " in: " + text.substring(0, Math.min(300, text.length())));
		}
		return matcher.group(1);
	}

	// Requests

	static String navigate(String route) {
		return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"/" + route
				+ "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
	}

	static String published(int node, String method, String args, int promise) {
		return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
				+ "\",\"templateEventMethodArgs\":[" + args + "],\"promise\":" + promise + "}";
	}

	static String typed(int node, String value) {
		return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value
				+ "\"},{\"type\":\"event\",\"node\":" + node
				+ ",\"event\":\"input\",\"data\":{\"1\":1,\"for\":\"trailing\"}}";
	}

	static String changed(int node, String value) {
		return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"value\",\"value\":\"" + value
				+ "\"},{\"type\":\"event\",\"node\":" + node + ",\"event\":\"change\",\"data\":{}}";
	}

	static String itemClick(int grid, String itemKey) {
		return "{\"type\":\"event\",\"node\":" + grid
				+ ",\"event\":\"item-click\",\"data\":{\"event.detail.itemKey\":\"" + itemKey
				+ "\",\"event.detail.internalColumnId\":\"col1\",\"event.detail.button\":0,"
				+ "\"event.detail.detail\":1,\"event.detail.altKey\":false,\"event.detail.ctrlKey\":false,"
				+ "\"event.detail.metaKey\":false,\"event.detail.shiftKey\":false}}";
	}

	static String click(int node) {
		return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
				+ "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.altKey\":false,"
				+ "\"event.button\":0}}";
	}

	static String body(String csrf, String rpc, int syncId, int clientId) {
		return "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId + ",\"clientId\":"
				+ clientId + "}";
	}

	/**
	 * The beacon the browser's Flow client sends when the page goes away (reload, another
	 * address, a closed tab): the server closes that UI at once instead of keeping it
	 * until its heartbeats have been missed.
	 */
	static String unload(String csrf, int syncId, int clientId) {
		return "{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"syncId\":" + syncId + ",\"clientId\":" + clientId
				+ ",\"UNLOAD\":true}";
	}

	/** The query of the init request, with the browser details the client sends. */
	static String initQuery(String route) {
		return "?v-r=init&location=" + route + "&query=&v-sh=900&v-sw=1400&v-wh=900&v-ww=1400&v-bh=900&v-bw=1400"
				+ "&v-curdate=" + System.currentTimeMillis() + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC"
				+ "&v-wn=bench-" + System.nanoTime() + "&v-td=false&v-pr=1&v-np=Linux";
	}

}

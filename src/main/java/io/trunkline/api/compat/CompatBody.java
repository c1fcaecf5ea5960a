package io.trunkline.api.compat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;

/**
 * A platform's request body read strictly, field by field, by that platform's names: a
 * string where a string is documented, a boolean literal where a boolean is (never
 * {@code "true"}), lengths within the documented limits. Every problem is collected;
 * {@link #finish()} refuses the request with all of them, and with any field the platform
 * does not document (never silently dropped).
 */
final class CompatBody {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JsonNode root;

	private final Set<String> read = new HashSet<>();

	private final List<String> errors;

	private final String prefix;

	private CompatBody(JsonNode root, List<String> errors, String prefix) {
		this.root = root;
		this.errors = errors;
		this.prefix = prefix;
	}

	static CompatBody parse(String body) {
		JsonNode root;
		try {
			root = (body == null || body.isBlank()) ? null : JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new CompatException(HttpStatus.BAD_REQUEST, "The request body is not valid JSON");
		}
		if (root == null || !root.isObject()) {
			throw new CompatException(HttpStatus.BAD_REQUEST, "The request body must be a JSON object");
		}
		return new CompatBody(root, new ArrayList<>(), "");
	}

	/**
	 * An object inside the body (an array item), read the same way; its problems are
	 * named {@code name.field} and reported with the body's.
	 */
	CompatBody nested(String name, JsonNode node) {
		if (!node.isObject()) {
			this.errors.add(this.prefix + name + " must be an object");
			return new CompatBody(JSON.createObjectNode(), new ArrayList<>(), "");
		}
		return new CompatBody(node, this.errors, this.prefix + name + ".");
	}

	/** Whether the field is present and not JSON null. */
	boolean has(String field) {
		return node(field) != null;
	}

	/** The raw value, {@code null} when absent. */
	JsonNode value(String field) {
		return node(field);
	}

	/**
	 * A string field; {@code null} when absent (or JSON null), an error when required.
	 */
	String text(String field, boolean required, int max) {
		JsonNode node = node(field);
		if (node == null) {
			if (required) {
				this.errors.add(this.prefix + field + " is required");
			}
			return null;
		}
		if (!node.isString()) {
			this.errors.add(this.prefix + field + " must be a string");
			return null;
		}
		String value = node.asString();
		if (required && value.isEmpty()) {
			this.errors.add(this.prefix + field + " must not be empty");
		}
		if (max > 0 && value.length() > max) {
			this.errors.add(this.prefix + field + " must be at most " + max + " characters");
		}
		return value;
	}

	/** A boolean literal, {@code fallback} when absent. */
	boolean bool(String field, boolean fallback) {
		JsonNode node = node(field);
		if (node == null) {
			return fallback;
		}
		if (!node.isBoolean()) {
			this.errors.add(this.prefix + field + " must be a boolean literal (true or false)");
			return fallback;
		}
		return node.booleanValue();
	}

	/** An array's items, empty when absent or JSON null. */
	List<JsonNode> array(String field) {
		JsonNode node = node(field);
		if (node == null) {
			return List.of();
		}
		if (!node.isArray()) {
			this.errors.add(this.prefix + field + " must be an array");
			return List.of();
		}
		List<JsonNode> items = new ArrayList<>();
		node.forEach(items::add);
		return items;
	}

	/** An array of strings, empty when absent. */
	List<String> strings(String field) {
		List<String> values = new ArrayList<>();
		for (JsonNode item : array(field)) {
			if (item.isString()) {
				values.add(item.asString());
			}
			else {
				this.errors.add(this.prefix + field + " must hold strings only");
			}
		}
		return values;
	}

	/** A number between 0 (excluded) and 1, as given. */
	BigDecimal fraction(String field, JsonNode node) {
		if (node == null || !node.isNumber()) {
			this.errors.add(this.prefix + field + " must be a number");
			return null;
		}
		BigDecimal value = node.decimalValue();
		if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
			this.errors.add(this.prefix + field + " must be above 0 and at most 1");
			return null;
		}
		return value;
	}

	void error(String message) {
		this.errors.add(this.prefix + message);
	}

	/**
	 * @throws CompatException 400 with every problem found, and every undocumented field
	 */
	void finish() {
		unknownFields();
		if (!this.errors.isEmpty()) {
			throw new CompatException(HttpStatus.BAD_REQUEST, this.errors);
		}
	}

	/** Adds a problem for each field of this object that was not read. */
	void unknownFields() {
		for (String name : this.root.propertyNames()) {
			if (!this.read.contains(name)) {
				this.errors.add(this.prefix + name + " is not a field of this request");
			}
		}
	}

	private JsonNode node(String field) {
		this.read.add(field);
		JsonNode node = this.root.get(field);
		return (node == null || node.isNull()) ? null : node;
	}

}

package io.trunkline;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database for one test class, created on the server named by
 * {@code TRUNKLINE_IT_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/postgres})
 * and dropped afterwards. Without a reachable server the test class is skipped with a
 * message, unless {@code TRUNKLINE_IT_POSTGRES=required}, when it fails.
 */
public final class PostgresTestDatabase {

	private static final String SERVER_URL = env("TRUNKLINE_IT_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");

	private static final String USER = env("TRUNKLINE_IT_PG_USER", "postgres");

	private static final String PASSWORD = env("TRUNKLINE_IT_PG_PASSWORD", "");

	private final String name;

	private PostgresTestDatabase(String name) {
		this.name = name;
	}

	public static PostgresTestDatabase create() {
		String name = "trunkline_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
			return new PostgresTestDatabase(name);
		}
		catch (SQLException ex) {
			String message = "No PostgreSQL reachable at " + SERVER_URL + " as " + USER + " (" + ex.getMessage() + ")";
			if ("required".equalsIgnoreCase(System.getenv("TRUNKLINE_IT_POSTGRES"))) {
				return Assertions.fail(message + "; TRUNKLINE_IT_POSTGRES=required", ex);
			}
			System.err.println("SKIPPED: " + message + ". Set TRUNKLINE_IT_POSTGRES=required to fail instead.");
			Assumptions.abort(message + "; skipping PostgreSQL tests");
			throw new IllegalStateException("unreachable");
		}
	}

	public String url() {
		int slash = SERVER_URL.lastIndexOf('/');
		int query = SERVER_URL.indexOf('?', slash);
		return SERVER_URL.substring(0, slash + 1) + this.name + (query < 0 ? "" : SERVER_URL.substring(query));
	}

	public String user() {
		return USER;
	}

	public String password() {
		return PASSWORD;
	}

	public void drop() {
		try (Connection connection = DriverManager.getConnection(SERVER_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + this.name + " with (force)");
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot drop test database " + this.name, ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value.strip();
	}

}

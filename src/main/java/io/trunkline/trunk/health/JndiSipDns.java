package io.trunkline.trunk.health;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;

import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * NAPTR and SRV lookups with the JDK's JNDI DNS provider ({@code com.sun.jndi.dns}), on
 * the system's resolvers. The provider decodes the records; this reads their presentation
 * text. A lookup that fails or times out counts as no record.
 */
final class JndiSipDns implements SipDns {

	private final String servers;

	/** On the system's resolvers. */
	JndiSipDns() {
		this("dns:");
	}

	/**
	 * @param servers the JNDI provider URL of the DNS servers to ask, e.g.
	 * {@code dns://127.0.0.1:5353} (tests)
	 */
	JndiSipDns(String servers) {
		this.servers = servers;
	}

	@Override
	public List<Naptr> naptr(String name) {
		List<Naptr> records = new ArrayList<>();
		for (String text : lookup(name, "NAPTR")) {
			List<String> fields = fields(text);
			if (fields.size() == 6 && number(fields.get(0)) && number(fields.get(1))) {
				records.add(new Naptr(Integer.parseInt(fields.get(0)), Integer.parseInt(fields.get(1)), fields.get(2),
						fields.get(3), trimDot(fields.get(5))));
			}
		}
		return records;
	}

	@Override
	public List<Srv> srv(String name) {
		List<Srv> records = new ArrayList<>();
		for (String text : lookup(name, "SRV")) {
			List<String> fields = fields(text);
			if (fields.size() == 4 && number(fields.get(0)) && number(fields.get(1)) && number(fields.get(2))) {
				records.add(new Srv(Integer.parseInt(fields.get(0)), Integer.parseInt(fields.get(1)),
						Integer.parseInt(fields.get(2)), trimDot(fields.get(3))));
			}
		}
		return records;
	}

	private List<String> lookup(String name, String type) {
		Hashtable<String, String> env = new Hashtable<>();
		env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
		env.put("java.naming.provider.url", this.servers);
		env.put("com.sun.jndi.dns.timeout.initial", "500");
		env.put("com.sun.jndi.dns.timeout.retries", "1");
		List<String> values = new ArrayList<>();
		DirContext context = null;
		try {
			context = new InitialDirContext(env);
			Attribute attribute = context.getAttributes(name, new String[] { type }).get(type);
			if (attribute != null) {
				NamingEnumeration<?> all = attribute.getAll();
				while (all.hasMore()) {
					values.add(String.valueOf(all.next()));
				}
			}
		}
		catch (NamingException ex) {
			// no such name, no record, or no answer: RFC 3263 goes on with the next step
		}
		finally {
			close(context);
		}
		return values;
	}

	private static void close(DirContext context) {
		if (context != null) {
			try {
				context.close();
			}
			catch (NamingException ex) {
				// nothing held
			}
		}
	}

	/** The record's fields, split at spaces; quoted ones (NAPTR's strings) unquoted. */
	static List<String> fields(String text) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean any = false;
		for (char c : text.strip().toCharArray()) {
			if (c == '"') {
				quoted = !quoted;
				any = true;
			}
			else if (c == ' ' && !quoted) {
				if (any || field.length() > 0) {
					fields.add(field.toString());
				}
				field.setLength(0);
				any = false;
			}
			else {
				field.append(c);
			}
		}
		if (any || field.length() > 0) {
			fields.add(field.toString());
		}
		return fields;
	}

	private static boolean number(String field) {
		return field.matches("\\d{1,5}");
	}

	private static String trimDot(String name) {
		return name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
	}

}

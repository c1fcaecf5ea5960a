package io.trunkline;

import com.microsoft.playwright.Browser;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One headless Chromium for a browser test class: launched before its tests (or the class
 * skipped or failed, see {@link BrowserSupport#launch}), closed after them. Register it
 * with {@code @RegisterExtension static final Chromium browser = new Chromium();}.
 */
public final class Chromium implements BeforeAllCallback, AfterAllCallback {

	private BrowserSupport support;

	@Override
	public void beforeAll(ExtensionContext context) {
		this.support = BrowserSupport.launch();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		if (this.support != null) {
			this.support.close();
			this.support = null;
		}
	}

	public Browser browser() {
		return this.support.browser();
	}

}

package io.trunkline;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;

/**
 * Everything the server would send to the browser for the current UI: texts, attributes
 * and properties of every element, dialogs included.
 */
public final class Rendered {

	private Rendered() {
	}

	public static String all() {
		MockVaadin.clientRoundtrip(false);
		StringBuilder out = new StringBuilder();
		collect(UI.getCurrent().getElement(), out);
		return out.toString();
	}

	private static void collect(Element element, StringBuilder out) {
		out.append(element.getText()).append('\n');
		element.getAttributeNames()
			.forEach((name) -> out.append(name).append('=').append(element.getAttribute(name)).append('\n'));
		element.getPropertyNames()
			.forEach((name) -> out.append(name).append('=').append(element.getPropertyRaw(name)).append('\n'));
		element.getChildren().forEach((child) -> collect(child, out));
		if (element.getNode().hasFeature(VirtualChildrenList.class)) {
			element.getNode()
				.getFeature(VirtualChildrenList.class)
				.iterator()
				.forEachRemaining((node) -> collect(Element.get(node), out));
		}
	}

}

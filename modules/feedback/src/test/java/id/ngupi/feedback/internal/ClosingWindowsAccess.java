package id.ngupi.feedback.internal;

import org.springframework.stereotype.Component;

/** Lets the module's tests run the closing job when they choose, not when it is due. */
@Component
public class ClosingWindowsAccess {

	private final ClosingWindows closing;

	ClosingWindowsAccess(ClosingWindows closing) {
		this.closing = closing;
	}

	public void revealClosed() {
		this.closing.revealClosed();
	}

}

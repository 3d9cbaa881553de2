package archfixture.web;

import org.springframework.beans.factory.annotation.Autowired;

/** Field injection: a violation. */
public class FieldInjectedController {

	@Autowired
	Object dependency;

}

package archfixture.hosting;

/** A module's API type: what web may use. */
public class HostDirectory {

}

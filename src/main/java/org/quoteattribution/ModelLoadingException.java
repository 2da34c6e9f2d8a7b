package org.quoteattribution;

/**
 * A model the library needs could not be found or read. The message names the model and where it was looked for.
 */
public final class ModelLoadingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String modelName;

    public ModelLoadingException(String modelName, String message, Throwable cause) {
        super(message, cause);
        this.modelName = modelName;
    }

    /** The file name of the model that failed. */
    public String modelName() {
        return modelName;
    }
}

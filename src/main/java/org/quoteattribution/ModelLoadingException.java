package org.quoteattribution;

import org.jspecify.annotations.Nullable;

/**
 * A model the library needs could not be found or read. The message names the model and where it was looked for.
 * Thrown when an attributor is built, never by {@code attribute}.
 *
 * <pre>{@code
 * try {
 *     attributor = QuoteAttributor.builder().modelsDirectory(folder).build();
 * } catch (ModelLoadingException e) {
 *     System.err.println("cannot load " + e.modelName() + ": " + e.getMessage());
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public final class ModelLoadingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file name of the model that failed. */
    private final String modelName;

    /**
     * A failure to load one model.
     *
     * @param modelName the file name of the model that failed
     * @param message   what went wrong, naming the model and the places it was looked for
     * @param cause     the error that stopped the model from being read, or null when there is none (the model was
     *                  not found)
     */
    // "exports": org.jspecify is required static, not transitive, on purpose: a user needs the annotations neither to
    // compile nor to run, and a compiler that cannot find them ignores them.
    @SuppressWarnings("exports")
    public ModelLoadingException(String modelName, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.modelName = modelName;
    }

    /**
     * The model that failed.
     *
     * @return the model's file name, as the library looks for it on the class path or in the models folder
     */
    public String modelName() {
        return modelName;
    }
}

package com.jaia.rules;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.jaia.problems.InvalidParameter;

/**
 * The {@code after} cursor of the violations list: the list position of the last item a page answered and the
 * version of the list it was given at, opaque to clients (URL-safe base64).
 */
final class ViolationCursor {

    private ViolationCursor() {
    }

    /** The cursor that continues after the item at {@code position} of the list at {@code token}. */
    static String after(long position, String token) {
        return Base64.getUrlEncoder().withoutPadding()
            .encodeToString((position + "@" + token).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The list position a cursor continues after.
     * @throws InvalidParameter naming {@code after} for a cursor this list did not give, or one given before the
     *         violations last changed
     */
    static long position(String cursor, String token) {
        String text;
        long position;
        try {
            text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            position = Long.parseLong(text.substring(0, text.indexOf('@')));
        }
        catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidParameter("after", "after is not a cursor of this list; use the one the previous page's "
                    + "Link header gave, or page numbers", List.of());
        }
        if (position < 0) {
            throw new InvalidParameter("after", "after is not a cursor of this list; use the one the previous page's "
                    + "Link header gave, or page numbers", List.of());
        }
        if (!text.substring(text.indexOf('@') + 1).equals(token)) {
            throw new InvalidParameter("after", "the violations changed since this cursor was given (a rules run, an "
                    + "import or a rollback); start again from the first page", List.of());
        }
        return position;
    }

}

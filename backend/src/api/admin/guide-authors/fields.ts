/** What the admin sees of a guide author. */
export const GUIDE_AUTHOR_FIELDS = ["id", "name", "credentials", "bio", "photo_url", "created_at", "updated_at"]

package vn.cds.teams.api.registry;

import java.util.List;

/**
 * Creates (POST) or edits (PUT) a team; the team's level follows its unit's. On creation, {@code membersFrom} may
 * name dissolved teams of the same level (the old communes' teams of a merged commune) whose active members start
 * the draft; edits ignore it.
 */
public record TeamInput(String unitCode, String name, String zaloGroupUrl, List<String> membersFrom) {
}

package vn.cds.teams.api.registry;

/** Creates (POST) or edits (PUT) a team; the team's level follows its unit's. */
public record TeamInput(String unitCode, String name, String zaloGroupUrl) {
}

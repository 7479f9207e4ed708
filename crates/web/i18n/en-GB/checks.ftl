audit-action-check_changed = Check started, saved or shared

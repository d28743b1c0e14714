"""Many certificates at once: a folder of CSRs, a CSV of people, with progress and a report."""

from idtoolkit.authz.guard import guarded
from idtoolkit.ca import bulk, credential_job
from idtoolkit.ca.bulk import BulkResult
from idtoolkit.ca.credential_job import BULK_P12_ROUNDS, JobReport
from idtoolkit.ca.credential_job import (
    Progress as BulkProgress,
)
from idtoolkit.ca.rows import RowError, load_mapping

# Writes pass the authorization guard (operators, roles, approvals: idtoolkit.authz).
issue_csrs_bulk = guarded("bulk.issue")(bulk.issue_csrs_bulk)
run_csr_dir_job = guarded("bulk.issue")(credential_job.run_csr_dir_job)
run_csv_job = guarded("bulk.issue")(credential_job.run_csv_job)

__all__ = [
    "BULK_P12_ROUNDS",
    "BulkProgress",
    "BulkResult",
    "JobReport",
    "RowError",
    "issue_csrs_bulk",
    "load_mapping",
    "run_csr_dir_job",
    "run_csv_job",
]

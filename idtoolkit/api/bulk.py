"""Many certificates at once: a folder of CSRs, a CSV of people, with progress and a report."""

from idtoolkit.ca.bulk import BulkResult, issue_csrs_bulk
from idtoolkit.ca.credential_job import (
    BULK_P12_ROUNDS,
    JobReport,
    run_csr_dir_job,
    run_csv_job,
)
from idtoolkit.ca.credential_job import (
    Progress as BulkProgress,
)
from idtoolkit.ca.rows import RowError, load_mapping

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

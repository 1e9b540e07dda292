//! The in-memory register: every employee and unit, indexed for the screens and the rules.

use std::collections::HashMap;

use crate::domain::{Directory, Employee, EmployeeId, Nip, OrgUnit, UnitId};
use crate::store::{Store, StoreError};

/// All employees and units, loaded once at start and kept in step with every commit.
#[derive(Clone, Debug, Default)]
pub struct Register {
    employees: Vec<Employee>,
    index: HashMap<EmployeeId, usize>,
    by_nip: HashMap<Nip, EmployeeId>,
    subordinates: HashMap<EmployeeId, Vec<EmployeeId>>,
    units: Vec<OrgUnit>,
    unit_index: HashMap<UnitId, usize>,
}

impl Register {
    pub fn load(store: &Store) -> Result<Register, StoreError> {
        Ok(Register::from_parts(store.employees()?, store.units()?))
    }

    pub fn from_parts(employees: Vec<Employee>, units: Vec<OrgUnit>) -> Register {
        let mut r = Register {
            employees,
            units,
            ..Register::default()
        };
        r.reindex();
        r
    }

    fn reindex(&mut self) {
        self.employees.sort_by_key(|e| e.id);
        self.units.sort_by_key(|u| u.id);
        self.index = self
            .employees
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id, i))
            .collect();
        self.by_nip = self
            .employees
            .iter()
            .map(|e| (e.nip.clone(), e.id))
            .collect();
        self.subordinates.clear();
        self.subordinates.reserve(self.employees.len() / 4);
        for e in &self.employees {
            if let Some(s) = e.supervisor {
                self.subordinates.entry(s).or_default().push(e.id);
            }
        }
        self.unit_index = self
            .units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.id, i))
            .collect();
    }

    pub fn employees(&self) -> &[Employee] {
        &self.employees
    }

    pub fn units(&self) -> &[OrgUnit] {
        &self.units
    }

    /// Inserts or replaces an employee and keeps the indexes right.
    pub fn upsert_employee(&mut self, e: Employee) {
        match self.index.get(&e.id).copied() {
            Some(i) => {
                let old = std::mem::replace(&mut self.employees[i], e);
                let new = &self.employees[i];
                if old.nip != new.nip {
                    self.by_nip.remove(&old.nip);
                    self.by_nip.insert(new.nip.clone(), new.id);
                }
                if old.supervisor != new.supervisor {
                    if let Some(list) = old.supervisor.and_then(|s| self.subordinates.get_mut(&s)) {
                        list.retain(|id| *id != new.id);
                    }
                    if let Some(s) = new.supervisor {
                        self.subordinates.entry(s).or_default().push(new.id);
                    }
                }
            }
            None => {
                let append = self.employees.last().is_none_or(|last| last.id < e.id);
                if append {
                    self.index.insert(e.id, self.employees.len());
                    self.by_nip.insert(e.nip.clone(), e.id);
                    if let Some(s) = e.supervisor {
                        self.subordinates.entry(s).or_default().push(e.id);
                    }
                    self.employees.push(e);
                } else {
                    self.employees.push(e);
                    self.reindex();
                }
            }
        }
    }

    /// Inserts or replaces many records and rebuilds the indexes once (imports).
    pub fn upsert_many(&mut self, units: &[OrgUnit], employees: &[Employee]) {
        for u in units {
            match self.unit_index.get(&u.id) {
                Some(i) => self.units[*i] = u.clone(),
                None => self.units.push(u.clone()),
            }
        }
        for e in employees {
            match self.index.get(&e.id) {
                Some(i) => self.employees[*i] = e.clone(),
                None => self.employees.push(e.clone()),
            }
        }
        self.reindex();
    }

    pub fn upsert_unit(&mut self, u: OrgUnit) {
        match self.unit_index.get(&u.id).copied() {
            Some(i) => self.units[i] = u,
            None => {
                self.units.push(u);
                self.reindex();
            }
        }
    }

    /// `id` and everyone below them in the reporting line.
    pub fn subtree(&self, id: EmployeeId) -> std::collections::HashSet<EmployeeId> {
        let mut seen = std::collections::HashSet::from([id]);
        let mut stack = vec![id];
        while let Some(cur) = stack.pop() {
            for sub in self.subordinates(cur) {
                if seen.insert(*sub) {
                    stack.push(*sub);
                }
            }
        }
        seen
    }

    /// Direct subordinates of `id`, any status.
    pub fn subordinates(&self, id: EmployeeId) -> &[EmployeeId] {
        self.subordinates.get(&id).map_or(&[], Vec::as_slice)
    }

    /// `Kantor Distrik Salor / Seksi Pemerintahan`: the unit with its ancestors.
    pub fn unit_path(&self, id: UnitId) -> String {
        let mut names = Vec::new();
        let mut current = Some(id);
        while let Some(u) = current.and_then(|id| self.unit(id)) {
            names.push(u.name.as_str());
            if names.len() > 32 {
                break;
            }
            current = u.parent;
        }
        names.reverse();
        names.join(" / ")
    }

    pub fn unit_name(&self, id: UnitId) -> &str {
        self.unit(id).map_or("-", |u| u.name.as_str())
    }

    /// Child units of `parent` (`None`: the top level), in id order.
    pub fn child_units(&self, parent: Option<UnitId>) -> impl Iterator<Item = &OrgUnit> {
        self.units.iter().filter(move |u| u.parent == parent)
    }
}

impl Directory for Register {
    fn employee(&self, id: EmployeeId) -> Option<&Employee> {
        self.index.get(&id).map(|i| &self.employees[*i])
    }

    fn employee_by_nip(&self, nip: &Nip) -> Option<EmployeeId> {
        self.by_nip.get(nip).copied()
    }

    fn unit(&self, id: UnitId) -> Option<&OrgUnit> {
        self.unit_index.get(&id).map(|i| &self.units[*i])
    }

    fn active_subordinates(&self, id: EmployeeId) -> Vec<EmployeeId> {
        self.subordinates(id)
            .iter()
            .copied()
            .filter(|s| self.employee(*s).is_some_and(Employee::is_active))
            .collect()
    }
}
